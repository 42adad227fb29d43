# Windows executables carry a version resource, and the app its icon: an .ico made from the
# SVG at build time (rsvg-convert for each size, icotool to pack them), so no binary is kept
# in the repository.

set(WRITEBACK_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/writeback-studio.svg)

function(writeback_windows_icon out_var)
    find_program(WRITEBACK_RSVG_CONVERT rsvg-convert REQUIRED)
    find_program(WRITEBACK_ICOTOOL icotool REQUIRED)
    set(ico ${PROJECT_BINARY_DIR}/icons/writeback-studio.ico)
    if(NOT TARGET writeback_ico)
        add_custom_command(OUTPUT ${ico}
            COMMAND ${CMAKE_COMMAND} -DSVG=${WRITEBACK_ICON_SVG} -DICO=${ico}
                    -DRSVG=${WRITEBACK_RSVG_CONVERT} -DICOTOOL=${WRITEBACK_ICOTOOL}
                    -P ${PROJECT_SOURCE_DIR}/cmake/MakeIco.cmake
            DEPENDS ${WRITEBACK_ICON_SVG} ${PROJECT_SOURCE_DIR}/cmake/MakeIco.cmake
            COMMENT "Making the Windows icon from the SVG")
        add_custom_target(writeback_ico DEPENDS ${ico})
    endif()
    set(${out_var} ${ico} PARENT_SCOPE)
endfunction()

# writeback_windows_resources(TARGET DESCRIPTION [ICON])
function(writeback_windows_resources target description)
    if(NOT WIN32)
        return()
    endif()
    cmake_parse_arguments(arg "ICON" "" "" ${ARGN})
    set(WRITEBACK_RC_NAME ${target})
    set(WRITEBACK_RC_DESCRIPTION "${description}")
    set(WRITEBACK_RC_ICON "")
    if(arg_ICON)
        writeback_windows_icon(ico)
        set(WRITEBACK_RC_ICON "IDI_ICON1 ICON \"${ico}\"")
    endif()
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/version.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
    if(arg_ICON)
        set_source_files_properties(${rc} PROPERTIES OBJECT_DEPENDS ${ico})
        add_dependencies(${target} writeback_ico)
    endif()
endfunction()
