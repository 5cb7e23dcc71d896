# check-exports.cmake: fails unless LIBRARY's dynamic symbol table defines exactly the
# functions HEADER declares with PSK_EXPORT (docs/architecture.md rule 5: hidden visibility + macro)
# plus the names in EXTRA (the JNI binding's registration function, when it is compiled in).
# Usage: cmake -DNM=nm -DLIBRARY=libpysocket.so -DHEADER=pysocket.h [-DEXTRA=a;b] -P check-exports.cmake
execute_process(COMMAND ${NM} -D --defined-only ${LIBRARY}
                OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NM} failed on ${LIBRARY}")
endif()

set(exported "")
string(REPLACE "\n" ";" lines "${symbols}")
foreach(line IN LISTS lines)
    # "0000000000001234 T psk_recv": keep the name of every defined symbol.
    # _init/_fini: musl's crti.o defines the ELF init/fini entry points with default
    # visibility (glibc's are hidden); they are the loader's, not an API.
    if(line MATCHES "^[0-9a-fA-F]* +[A-Za-z] +([^ ]+)$")
        set(name ${CMAKE_MATCH_1})
        if(NOT name MATCHES "^_(init|fini)$")
            list(APPEND exported ${name})
        endif()
    endif()
endforeach()

file(READ ${HEADER} header)
string(REGEX MATCHALL "PSK_EXPORT[^;(]*[ *](psk_[a-z0-9_]+)\\(" decls "${header}")
set(declared "")
foreach(decl IN LISTS decls)
    string(REGEX REPLACE ".*[ *](psk_[a-z0-9_]+)\\($" "\\1" name "${decl}")
    list(APPEND declared ${name})
endforeach()

list(APPEND declared ${EXTRA})
list(SORT exported)
list(SORT declared)
if(NOT exported STREQUAL declared)
    set(extra ${exported})
    list(REMOVE_ITEM extra ${declared})
    set(missing ${declared})
    list(REMOVE_ITEM missing ${exported})
    message(FATAL_ERROR "exports differ from pysocket.h\n  not in header: ${extra}\n"
                        "  missing: ${missing}")
endif()
list(LENGTH declared count)
message(STATUS "${count} functions exported: pysocket.h's psk_* and ${EXTRA}")
