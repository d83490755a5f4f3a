// gevinst-bench: prints the figures the issues ask for. Run with `swift run -c release gevinst-bench [suite]`.
print("gevinst-bench: no suites yet")
