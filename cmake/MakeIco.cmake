# cmake -DSVG=... -DICO=... -DRSVG=... -DICOTOOL=... -P MakeIco.cmake
# The sizes Windows asks for: the taskbar and title bar (16-48), Explorer's views (up to 256).
get_filename_component(dir ${ICO} DIRECTORY)
set(pngs)
foreach(size 16 24 32 48 64 128 256)
    set(png ${dir}/writeback-studio-${size}.png)
    execute_process(COMMAND ${RSVG} -w ${size} -h ${size} -o ${png} ${SVG}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "rsvg-convert could not render ${SVG} at ${size} px")
    endif()
    list(APPEND pngs ${png})
endforeach()
# 256 px is stored as PNG inside the .ico, as Windows expects; the rest as bitmaps.
list(POP_BACK pngs big)
execute_process(COMMAND ${ICOTOOL} -c -o ${ICO}.tmp ${pngs} -r ${big} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "icotool could not write ${ICO}")
endif()
file(RENAME ${ICO}.tmp ${ICO})
