# Warnings per compiler: GCC and Clang (MinGW-w64 included) take the GNU spelling, MSVC its own.
if(MSVC)
    # /utf-8: the sources are UTF-8; /Zc:__cplusplus: Qt checks the real language version.
    add_compile_options(/W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(WRITEBACK_WERROR)
        add_compile_options(/WX)
    endif()
else()
    add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast)
    if(WRITEBACK_WERROR)
        add_compile_options(-Werror)
    endif()
endif()

if(WIN32)
    # Windows 10 and later: Qt 6.8's own minimum. UNICODE: the W functions everywhere.
    add_compile_definitions(_WIN32_WINNT=0x0A00 WINVER=0x0A00 UNICODE _UNICODE NOMINMAX
                            WIN32_LEAN_AND_MEAN)
endif()
