# tst_assignment: the exact assignment solver against brute force, against
# LEMON's network simplex (tests and benchmarks only, never the library), and
# its optimality certificate.
doorstep_add_test(tst_assignment SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_assignment.cpp LIBS doorstep_dispatch_assignment)

# Debian: liblemon-dev (headers + liblemon.a), installed by packaging/dev.sh.
# Required whenever the tests are built: the comparison with an independent
# min-cost-flow solver is part of what certifies the solver, so a build
# without it must fail here rather than pass with the comparison skipped.
find_path(LEMON_INCLUDE_DIR lemon/network_simplex.h)
find_library(LEMON_LIB NAMES lemon emon)
if(NOT EXISTS "${LEMON_INCLUDE_DIR}/lemon/network_simplex.h" OR NOT EXISTS "${LEMON_LIB}")
    message(FATAL_ERROR "LEMON (liblemon-dev) is required to build the tests and benchmarks: "
                        "install it (./packaging/dev.sh does) or configure with -DDOORSTEP_BUILD_TESTS=OFF")
endif()
target_include_directories(tst_assignment SYSTEM PRIVATE ${LEMON_INCLUDE_DIR})
target_link_libraries(tst_assignment PRIVATE ${LEMON_LIB})
