# tst_feasibility: every hard and soft dispatch rule, one at a time.
doorstep_add_test(tst_feasibility SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_feasibility.cpp LIBS doorstep_dispatch_feasibility)
