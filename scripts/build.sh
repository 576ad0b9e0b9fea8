#!/bin/sh
# Generate the build system and build jianzhi in build/ (warnings are errors).
set -eu
cd "$(dirname "$0")/.."
[ -x configure ] && [ configure -nt configure.ac ] || ./autogen.sh
mkdir -p build
cd build
[ -f Makefile ] || ../configure --enable-werror "$@"
make -j"$(nproc)"
