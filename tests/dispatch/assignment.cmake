# tst_assignment: the exact assignment solver against brute force, against
# LEMON's network simplex (tests and benchmarks only, never the library), and
# its optimality certificate.
doorstep_add_test(tst_assignment SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_assignment.cpp LIBS doorstep_dispatch_assignment)

# Debian: liblemon-dev (headers + liblemon.a). Without it the LEMON
# comparisons are skipped, not failed.
find_path(LEMON_INCLUDE_DIR lemon/network_simplex.h)
find_library(LEMON_LIB NAMES lemon emon)
if(LEMON_INCLUDE_DIR AND LEMON_LIB)
    target_include_directories(tst_assignment SYSTEM PRIVATE ${LEMON_INCLUDE_DIR})
    target_link_libraries(tst_assignment PRIVATE ${LEMON_LIB})
    target_compile_definitions(tst_assignment PRIVATE DOORSTEP_HAVE_LEMON=1)
else()
    message(STATUS "LEMON not found: tst_assignment skips the network simplex comparison")
endif()
