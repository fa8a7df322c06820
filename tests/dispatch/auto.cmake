# tst_autodispatch: the automatic dispatch planner against the dispatch rules
# (checkPlacement), brute force and certificates per batch round, and the
# nearest-available greedy baseline.
doorstep_add_test(tst_autodispatch SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_autodispatch.cpp LIBS doorstep_dispatch_auto)
# tst_vroomexport: the franchise day in VROOM's input format (VROOM itself is not needed).
doorstep_add_test(tst_vroomexport SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_vroomexport.cpp LIBS doorstep_dispatch_auto)
