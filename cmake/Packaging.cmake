# Packages: the Linux .deb (CPack's DEB generator) and the macOS app bundle on a disk image
# (CPack's DragNDrop generator). docs/packaging.md says how each is made and checked; the
# Windows installer is made elsewhere (packaging/windows/).
#
# Included at the end of the top-level CMakeLists.txt, once every target exists.

set(writeback_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/writeback-studio.svg)
find_program(WRITEBACK_RSVG_CONVERT rsvg-convert)
find_program(WRITEBACK_PNG2ICNS png2icns)

# --- The macOS icon ------------------------------------------------------------------------
# The .icns is made from the SVG at build time, on any platform that has the two tools, so a
# Linux build can check it: `cmake --build <dir> --target writeback_icns`, then
# `icns2png -l <dir>/icons/writeback-studio.icns`. On macOS the bundle needs it.
set(writeback_icns ${PROJECT_BINARY_DIR}/icons/writeback-studio.icns)
if(WRITEBACK_RSVG_CONVERT AND WRITEBACK_PNG2ICNS)
    add_custom_command(OUTPUT ${writeback_icns}
        COMMAND ${CMAKE_COMMAND} -DSVG=${writeback_icon_svg} -DICNS=${writeback_icns}
                -DRSVG=${WRITEBACK_RSVG_CONVERT} -DPNG2ICNS=${WRITEBACK_PNG2ICNS}
                -P ${PROJECT_SOURCE_DIR}/cmake/MakeIcns.cmake
        DEPENDS ${writeback_icon_svg} ${PROJECT_SOURCE_DIR}/cmake/MakeIcns.cmake
        COMMENT "Making the macOS icon (.icns) from the SVG")
    add_custom_target(writeback_icns DEPENDS ${writeback_icns})
elseif(APPLE AND TARGET writeback-studio)
    set(missing)
    if(NOT WRITEBACK_RSVG_CONVERT)
        list(APPEND missing rsvg-convert)
    endif()
    if(NOT WRITEBACK_PNG2ICNS)
        list(APPEND missing png2icns)
    endif()
    list(JOIN missing " and " missing)
    message(FATAL_ERROR
        "The app bundle's icon is made from resources/icons/writeback-studio.svg at build time "
        "with rsvg-convert and png2icns, and ${missing} could not be found. Install them "
        "(Homebrew: brew install librsvg libicns), or point WRITEBACK_RSVG_CONVERT and "
        "WRITEBACK_PNG2ICNS at them.")
else()
    message(STATUS "writeback_icns (the macOS icon) is not available: it needs rsvg-convert and "
                   "png2icns (Debian: librsvg2-bin, icnsutils)")
endif()

if(WIN32)
    # The Windows installer is not made with CPack (packaging/windows/).
    return()
endif()

# --- Linux and other freedesktop systems: menu entry and icons -----------------------------
if(UNIX AND NOT APPLE AND TARGET writeback-studio)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/writeback-studio.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    # The SVG goes to hicolor/scalable (ui/CMakeLists.txt); PNG sizes beside it serve the
    # desktops and tools that do not render SVG icons.
    if(WRITEBACK_RSVG_CONVERT)
        set(pngs)
        foreach(size 16 22 24 32 48 64 128 256 512)
            set(dir ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps)
            add_custom_command(OUTPUT ${dir}/writeback-studio.png
                COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
                COMMAND ${WRITEBACK_RSVG_CONVERT} -w ${size} -h ${size}
                        -o ${dir}/writeback-studio.png ${writeback_icon_svg}
                DEPENDS ${writeback_icon_svg}
                COMMENT "Rendering the ${size} px icon"
                VERBATIM)
            list(APPEND pngs ${dir}/writeback-studio.png)
            install(FILES ${dir}/writeback-studio.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(writeback_icon_pngs ALL DEPENDS ${pngs})
    else()
        message(STATUS "rsvg-convert not found: the app's icon is installed as SVG only "
                       "(Debian: librsvg2-bin adds the PNG sizes)")
    endif()
endif()
if(UNIX AND NOT APPLE)
    # qt_standard_project_setup() gives programs an install RPATH of $ORIGIN and $ORIGIN/../lib
    # for a project's own shared libraries. This project has none (its libraries are static), and
    # installed in /usr/bin that path would only make the loader look in /usr/lib first.
    foreach(program IN ITEMS writeback-studio writeback-cli)
        if(TARGET ${program})
            set_property(TARGET ${program} PROPERTY INSTALL_RPATH "")
        endif()
    endforeach()
endif()

# --- macOS: the app bundle ----------------------------------------------------------------
# Laid out, never built here: no macOS machine or toolchain builds this project (docs/packaging.md).
if(APPLE AND TARGET writeback-studio)
    # Qt 6.8 runs on macOS 12 and later.
    if(CMAKE_OSX_DEPLOYMENT_TARGET)
        set(WRITEBACK_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
    else()
        set(WRITEBACK_MACOS_MINIMUM 12.0)
    endif()
    set(WRITEBACK_BUNDLE_EXECUTABLE writeback-studio)
    set(WRITEBACK_BUNDLE_IDENTIFIER org.writeback-studio.WritebackStudio)
    set(WRITEBACK_BUNDLE_ICON writeback-studio.icns)
    set(plist ${PROJECT_BINARY_DIR}/packaging/macos/Info.plist)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in ${plist} @ONLY)
    # Qt's finalizer, at the end of ui/, has set its own template; this one replaces it.
    set_target_properties(writeback-studio PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${plist}
        MACOSX_BUNDLE_GUI_IDENTIFIER ${WRITEBACK_BUNDLE_IDENTIFIER}
        XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${WRITEBACK_BUNDLE_IDENTIFIER})

    # The icon, in Contents/Resources.
    target_sources(writeback-studio PRIVATE ${writeback_icns})
    set_source_files_properties(${writeback_icns} TARGET_DIRECTORY writeback-studio
        PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    add_dependencies(writeback-studio writeback_icns)

    # The CLI sits next to the app's binary in Contents/MacOS, where the app looks for it when
    # it registers a schedule (ScheduleEditor::cliPath: QCoreApplication::applicationDirPath()).
    # It is built there too, so that a build tree's bundle finds it.
    set_target_properties(writeback-cli PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY $<TARGET_FILE_DIR:writeback-studio>)
    install(TARGETS writeback-cli RUNTIME DESTINATION writeback-studio.app/Contents/MacOS)

    find_program(WRITEBACK_MACDEPLOYQT macdeployqt HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS})
    set(WRITEBACK_CODESIGN_IDENTITY "" CACHE STRING
        "codesign identity for the disk image's bundle (e.g. \"Developer ID Application: ...\"); empty: not signed")
endif()

# --- CPack --------------------------------------------------------------------------------
set(WRITEBACK_PACKAGE_MAINTAINER "Writeback Studio maintainers" CACHE STRING
    "The Maintainer of the .deb (\"Name <address>\")")

set(CPACK_PACKAGE_NAME writeback-studio)
set(CPACK_PACKAGE_VENDOR "Writeback Studio")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Writeback Studio connects to an engagement platform's SFTP server (Full Measure, Deployteq, "
    "Higher Logic Thrive, Actito, Civitas Learning), takes in the writeback files it drops there "
    "exactly once, and exports them in the shape Slate, netFORUM, Salesforce or a data warehouse "
    "expects, on a schedule.\n"
    "This package holds the desktop app (writeback-studio) and the command-line tool "
    "(writeback-cli), which the system's scheduler starts.")
set(CPACK_PACKAGE_CONTACT "${WRITEBACK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Writeback Studio")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME writeback-studio-${PROJECT_VERSION}-macos)
    set(CPACK_DMG_VOLUME_NAME "Writeback Studio")
    set(CPACK_DMG_FORMAT UDZO)
    if(TARGET writeback-studio)
        set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/macos/deploy.cmake)
        # Read by deploy.cmake (CPack passes on every CPACK_ variable).
        set(CPACK_WRITEBACK_MACDEPLOYQT "${WRITEBACK_MACDEPLOYQT}")
        set(CPACK_WRITEBACK_CODESIGN_IDENTITY "${WRITEBACK_CODESIGN_IDENTITY}")
        set(CPACK_WRITEBACK_ENTITLEMENTS ${PROJECT_SOURCE_DIR}/packaging/macos/writeback-studio.entitlements)
    endif()
else()
    set(CPACK_GENERATOR DEB)
    # writeback-studio_<version>_<architecture from dpkg --print-architecture>.deb
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_NAME writeback-studio)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # Libraries the programs link: dpkg-shlibdeps computes them, with the versions of the system
    # the package is built on. Qt's plugins are loaded at run time, so it cannot see them: the
    # SQLite driver (every workspace is an SQLite file) and the SVG icon engine (the icons).
    # The xcb and offscreen platform plugins are in libqt6gui6 itself.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins")
    # Qt's own strings in French and Dutch (qtbase_*.qm; ours are compiled into the programs),
    # and the Wayland platform plugin (without it Qt runs through XWayland).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
