# CMake toolchain for x86_64 Windows with Debian's MinGW-w64 (the posix thread model, which Qt
# and std::thread need). The dependency prefix is passed as WRITEBACK_WINDOWS_PREFIX; the
# variable is forwarded to try_compile projects so their checks see the same prefix.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)

set(triplet x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${triplet}-gcc-posix)
set(CMAKE_CXX_COMPILER ${triplet}-g++-posix)
set(CMAKE_RC_COMPILER ${triplet}-windres)
set(CMAKE_AR ${triplet}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${triplet}-gcc-ranlib-posix CACHE FILEPATH "")

list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES WRITEBACK_WINDOWS_PREFIX)
# Ours first: Wine pulls in Debian's MinGW zlib, which must not be picked instead.
set(CMAKE_FIND_ROOT_PATH ${WRITEBACK_WINDOWS_PREFIX} /usr/${triplet})
# Programs (moc, perl, pkg-config) are the build machine's; libraries and headers only ours.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# pkg-config must not hand out the build machine's Linux libraries.
if(WRITEBACK_WINDOWS_PREFIX)
    set(ENV{PKG_CONFIG_LIBDIR} "${WRITEBACK_WINDOWS_PREFIX}/lib/pkgconfig")
    set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
endif()

# Tests and generators run the Windows programs through Wine.
find_program(WRITEBACK_WINE NAMES wine wine64)
if(WRITEBACK_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${WRITEBACK_WINE})
endif()
