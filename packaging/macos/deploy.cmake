# CPack runs this on macOS (CPACK_PRE_BUILD_SCRIPTS, set in cmake/Packaging.cmake) after it has
# installed the project into its staging folder and before it makes the disk image of it. No
# machine this project builds on runs macOS, so this has never run: see docs/packaging.md.
#
# 1. writeback-cli belongs inside the bundle, next to the app's binary, where the app looks for
#    it when it registers a schedule (ui/ScheduleEditor.cpp); cmake/Packaging.cmake installs it
#    there. The bin/ and share/ that the Unix-style install rules (app/cli/, ui/) also fill have
#    no place on the disk image.
# 2. macdeployqt copies Qt's frameworks and plugins into the bundle, for the app and, through
#    -executable, for the CLI.
# 3. With a signing identity (WRITEBACK_CODESIGN_IDENTITY at configure time), macdeployqt signs
#    the frameworks and plugins for the hardened runtime, then the CLI and the bundle are signed
#    again with the entitlements. Notarizing the disk image comes after CPack (notarytool,
#    stapler), by hand or in CI, because it needs Apple account credentials.
cmake_minimum_required(VERSION 3.25)

set(stage "${CPACK_TEMPORARY_DIRECTORY}")
if(NOT stage)
    set(stage "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
# The bundle is at the top of the staging folder, unless CPACK_PACKAGING_INSTALL_PREFIX put it
# further down.
set(app "${stage}/writeback-studio.app")
if(NOT IS_DIRECTORY "${app}")
    file(GLOB_RECURSE found LIST_DIRECTORIES true "${stage}/*/writeback-studio.app")
    list(FILTER found INCLUDE REGEX "/writeback-studio\\.app$")
    if(NOT found)
        message(FATAL_ERROR "deploy.cmake: there is no writeback-studio.app in ${stage}")
    endif()
    list(GET found 0 app)
endif()
get_filename_component(prefix "${app}" DIRECTORY)
set(cli "${app}/Contents/MacOS/writeback-cli")
if(NOT EXISTS "${cli}")
    message(FATAL_ERROR "deploy.cmake: writeback-cli is not in ${app}/Contents/MacOS")
endif()

# The disk image holds the bundle alone: what the Unix-style install rules put beside it
# (bin/writeback-cli, share/icons/...) goes.
file(GLOB beside LIST_DIRECTORIES true "${prefix}/*")
list(REMOVE_ITEM beside "${app}")
foreach(path IN LISTS beside)
    message(STATUS "deploy.cmake: leaving ${path} out of the disk image")
    file(REMOVE_RECURSE "${path}")
endforeach()

if(NOT CPACK_WRITEBACK_MACDEPLOYQT)
    message(FATAL_ERROR "deploy.cmake: macdeployqt was not found when the project was configured; "
                        "without it the bundle has no Qt frameworks. Configure with Qt for macOS "
                        "on CMAKE_PREFIX_PATH, or set WRITEBACK_MACDEPLOYQT.")
endif()
set(deploy "${CPACK_WRITEBACK_MACDEPLOYQT}" "${app}" "-executable=${cli}" -verbose=1)
if(CPACK_WRITEBACK_CODESIGN_IDENTITY)
    list(APPEND deploy "-codesign=${CPACK_WRITEBACK_CODESIGN_IDENTITY}" -hardened-runtime -timestamp)
endif()
list(JOIN deploy " " shown)
message(STATUS "deploy.cmake: ${shown}")
execute_process(COMMAND ${deploy} COMMAND_ERROR_IS_FATAL ANY)

if(NOT CPACK_WRITEBACK_CODESIGN_IDENTITY)
    message(STATUS "deploy.cmake: no WRITEBACK_CODESIGN_IDENTITY, so the bundle is not signed "
                   "(it runs only where Gatekeeper is told to allow it)")
    return()
endif()
# Inner code first: the CLI, then the bundle (which signs the app's own binary).
foreach(code IN ITEMS "${cli}" "${app}")
    execute_process(COMMAND codesign --force --timestamp --options runtime
                            --entitlements "${CPACK_WRITEBACK_ENTITLEMENTS}"
                            --sign "${CPACK_WRITEBACK_CODESIGN_IDENTITY}" "${code}"
                    COMMAND_ERROR_IS_FATAL ANY)
endforeach()
execute_process(COMMAND codesign --verify --strict --deep --verbose=2 "${app}" COMMAND_ERROR_IS_FATAL ANY)
