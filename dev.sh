#!/usr/bin/env bash
# Set up a Debian 12 machine for Pela 112, build, and then run the console or the tests.
#   ./dev.sh run [pela-console options]   install what is missing, build, open the console
#                                         on the embedded database with Ambon's demo fleet
#   ./dev.sh test [ctest options]         install what is missing, build, run every test
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build ccache g++ qt6-base-dev qt6-positioning-dev libqt6sql6-psql
          libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libgl1-mesa-dev
          libpq-dev postgresql libphonenumber-dev libmicrohttpd-dev pkg-config catch2 xvfb xauth
          qt6-multimedia-dev)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

build() {
    # ccache hits across clones in other folders (CI clones afresh each time).
    export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
    [ -f build/build.ninja ] || cmake --preset default
    cmake --build --preset default
}

# Ambon's map (roads, land, boundaries) from ../shared/data/ambon or $PELA_MAP_DATA, when the
# folder is there; without it the map shows the reference points (hospitals, places) only.
import_map_data() {
    local dir=${PELA_MAP_DATA:-../shared/data/ambon} file
    if [ ! -d "$dir" ]; then
        echo "dev.sh: no map data in $dir; the map shows Ambon's reference points only" >&2
        return 0
    fi
    for file in "$dir"/*.geojson; do
        [ -e "$file" ] || continue
        ./build/app/admin/pela-admin import-map "$file" ||
            echo "dev.sh: $file was not imported (see above)" >&2
    done
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing
    build
    ./build/app/admin/pela-admin demo
    import_map_data
    # The map moves: the position gateway and the simulated fleet reporting to it, both
    # stopped when the console closes.
    ./build/app/gateway/pela-gateway &
    gateway=$!
    ./build/app/admin/pela-admin simulate &
    simulator=$!
    trap 'kill "$simulator" "$gateway" 2>/dev/null; wait' EXIT
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "dev.sh: no display here; writing a screenshot of the console to build/pela-console.png" >&2
        QT_QPA_PLATFORM=offscreen ./build/app/console/pela-console \
            --screenshot build/pela-console.png "$@"
    else
        ./build/app/console/pela-console "$@"
    fi
    ;;
test)
    install_missing
    build
    exec ctest --preset default -j "$(nproc)" "$@"
    ;;
*)
    echo "usage: ./dev.sh run|test" >&2
    exit 2
    ;;
esac
