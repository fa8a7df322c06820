# The layering rules ARCHITECTURE.md promises, checked on the sources:
#   ui/      reads only through itemmodels::Queries and writes only through the
#            services: no database handle, no store:: type, no SQL literal;
#   models/  draws no pixels: no QtWidgets header;
#   server/  neither (doorstep-server runs headless).
# Run as a CTest test: cmake -DSOURCE_DIR=<repo> -P check_layering.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

set(violations "")

# Lines of a file as a list, with ';' kept out of CMake's list syntax.
function(read_lines path out)
    file(READ "${path}" text)
    string(REPLACE ";" "<semicolon>" text "${text}")
    string(REPLACE "\n" ";" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(check_tree dir rule_name)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    foreach(path IN LISTS files)
        read_lines("${path}" lines)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            string(STRIP "${line}" stripped)
            # Comments may name what the code must not do.
            if(stripped MATCHES "^(//|\\*|/\\*)")
                continue()
            endif()
            foreach(pattern IN LISTS ${rule_name})
                if(line MATCHES "${pattern}")
                    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${path}")
                    string(REPLACE "<semicolon>" ";" stripped "${stripped}")
                    set(violations "${violations}\n  ${rel}:${number}: ${stripped}")
                    set(violations "${violations}" PARENT_SCOPE)
                    break()
                endif()
            endforeach()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(ui_rules
    "store::"                        # a store type (Database, Store, StoreError, …)
    "#include \"store/"              # a store header
    "(\\.|->)store\\(\\)"            # Workspace::store(): the database behind the services
    "(\\.|->)db\\(\\)"               # a database handle
    "\"[ (]*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|WITH)[ \n]"  # an SQL literal
)
set(models_rules
    "#include <(QtWidgets/|QWidget|QApplication|QDialog|QMessageBox|QAbstractItemView|QStyle[ >]|QStyledItemDelegate)"
)

check_tree(ui ui_rules)
check_tree(models models_rules)
check_tree(server models_rules)

if(violations)
    message(FATAL_ERROR "Layering broken (see ARCHITECTURE.md, \"Layers\"):${violations}\n"
        "ui/ reads through itemmodels::Queries and writes through services; models/ never includes QtWidgets.")
endif()
message(STATUS "Layering holds: ui/ has no SQL or store access, models/ no widgets.")
