# The layering rule, enforced (QGIS-style): nothing under CORE_DIR includes a QtGui or QtWidgets
# header, and pela_core links neither module. Run by CTest as
#   cmake -DCORE_DIR=... -DFORBIDDEN_DIRS=<QtGui dir>|<QtWidgets dir> -DALLOWED_DIRS=<QtCore...>
#         [-DCORE_LINKS=a|b|c] -P check_core_layers.cmake
# Forbidden header names are read from the installed Qt include folders, so every class of
# those modules is caught (<QColor>, <QtGui/qimage.h>, <qpainter.h>, ...), not a hand-kept list;
# a name that also exists in an allowed module (QtCore...) is not counted.
cmake_minimum_required(VERSION 3.25)

string(REPLACE "|" ";" forbidden_dirs "${FORBIDDEN_DIRS}")
string(REPLACE "|" ";" allowed_dirs "${ALLOWED_DIRS}")

set(allowed_names "")
foreach(dir IN LISTS allowed_dirs)
  file(GLOB names LIST_DIRECTORIES false RELATIVE "${dir}" "${dir}/*")
  list(APPEND allowed_names ${names})
endforeach()

set(forbidden_names "")
set(forbidden_modules "")
foreach(dir IN LISTS forbidden_dirs)
  if(NOT IS_DIRECTORY "${dir}")
    message(FATAL_ERROR "no Qt include folder at ${dir}")
  endif()
  get_filename_component(module "${dir}" NAME)
  list(APPEND forbidden_modules "${module}")
  file(GLOB names LIST_DIRECTORIES false RELATIVE "${dir}" "${dir}/*")
  list(REMOVE_ITEM names ${allowed_names})
  list(APPEND forbidden_names ${names})
endforeach()
list(LENGTH forbidden_names count)
if(count LESS 100)
  message(FATAL_ERROR "only ${count} QtGui/QtWidgets header names found in ${FORBIDDEN_DIRS}")
endif()

set(violations "")
file(GLOB_RECURSE sources LIST_DIRECTORIES false "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" header "${line}")
    get_filename_component(name "${header}" NAME)
    get_filename_component(folder "${header}" DIRECTORY)
    if(folder IN_LIST forbidden_modules OR name IN_LIST forbidden_names)
      file(RELATIVE_PATH shown "${CORE_DIR}" "${source}")
      list(APPEND violations "${shown}: #include <${header}>")
    endif()
  endforeach()
endforeach()

string(REPLACE "|" ";" links "${CORE_LINKS}")
foreach(link IN LISTS links)
  foreach(module IN LISTS forbidden_modules)
    string(REGEX REPLACE "^Qt" "" short "${module}")
    if(link MATCHES "Qt[0-9]*::${short}$" OR link MATCHES "Qt[0-9]*${short}$")
      list(APPEND violations "pela_core links ${link}")
    endif()
  endforeach()
endforeach()

if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "core/ must not use QtGui or QtWidgets (the item models live in core, "
                      "views and painting in ui/):\n  ${text}")
endif()
list(LENGTH sources checked)
message(STATUS "core layering: ${checked} files checked, no QtGui/QtWidgets include")
