# cmake -DSVG=... -DICNS=... -DRSVG=... -DPNG2ICNS=... -P MakeIcns.cmake
# The macOS icon: the SVG rendered at each size an .icns holds (16, 32 and 48 px with masks for
# lists and the Dock's small views; 128, 256, 512 and 1024 px, the last being 512 px at 2x), then
# packed by png2icns (icnsutils). `icns2png -l` lists what the result holds.
get_filename_component(dir ${ICNS} DIRECTORY)
set(work ${dir}/icns)
file(MAKE_DIRECTORY ${work})
set(pngs)
foreach(size 16 32 48 128 256 512 1024)
    set(png ${work}/writeback-studio-${size}.png)
    execute_process(COMMAND ${RSVG} -w ${size} -h ${size} -o ${png} ${SVG} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "rsvg-convert could not render ${SVG} at ${size} px")
    endif()
    list(APPEND pngs ${png})
endforeach()
file(REMOVE ${ICNS}.tmp)
execute_process(COMMAND ${PNG2ICNS} ${ICNS}.tmp ${pngs}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT EXISTS ${ICNS}.tmp)
    message(FATAL_ERROR "png2icns could not write ${ICNS}:\n${out}")
endif()
file(RENAME ${ICNS}.tmp ${ICNS})
