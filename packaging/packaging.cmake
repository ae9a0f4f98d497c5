# Installation layout and a .deb through CPack.
include(GNUInstallDirs)
install(TARGETS pela-console pela-admin pela-gateway RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/pela-console.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/pela-gateway.service
        DESTINATION lib/systemd/system)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pela112)
set(CPACK_PACKAGE_CONTACT "Pela 112 team")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Operator console for a 112 emergency call centre")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "postgresql, libqt6sql6-psql")
include(CPack)
