import Foundation

/// CPU time, beside wall-clock time: on a shared machine the wall clock counts the time other processes
/// held the cores, the CPU time only the work done.
enum CPUTime {
    /// CPU seconds used by this process so far (user and system).
    static func process() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU seconds used by the child processes that have ended and been waited for.
    static func children() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        guard getrusage(RUSAGE_CHILDREN.rawValue, &usage) == 0 else { return 0 }
        #else
        guard getrusage(RUSAGE_CHILDREN, &usage) == 0 else { return 0 }
        #endif
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func seconds(_ value: timeval) -> Double {
        Double(value.tv_sec) + Double(value.tv_usec) / 1e6
    }
}
