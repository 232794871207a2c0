"""CPU per filter from a JFR recording: bench/request-path/filters.py RECORDING.jfr [FROM TO]

Each execution sample of a request thread is charged to the innermost filter on its stack (its own work, not the
filters after it), to the handler (DispatcherServlet and below) or to Tomcat itself. FROM and TO (HH:MM:SS, the
recording's clock) keep only the samples of one URL's run.
"""
import collections
import re
import subprocess
import sys

# Frames that only pass the request on: the sample belongs to whatever is inside them.
PASSING = ("org.apache.catalina.core.ApplicationFilterChain", "org.springframework.web.filter.OncePerRequestFilter",
           "org.springframework.security.web.FilterChainProxy$VirtualFilterChain",
           "org.springframework.security.web.ObservationFilterChainDecorator",
           "org.springframework.web.filter.CompositeFilter$VirtualFilterChain")


def charge(frames):
    for frame in frames:
        if frame.endswith((".doDispatch", "DispatcherServlet.doService")):
            return "handler (DispatcherServlet and below)"
        if re.search(r"\.(doFilterInternal|doFilter|invoke)$", frame) and not frame.startswith(PASSING):
            return frame.rsplit(".", 1)[0]
        if "Http11Processor" in frame or "NioEndpoint" in frame:
            return "Tomcat (parsing, writing, connection)"
    return None


def main():
    recording = sys.argv[1]
    window = sys.argv[2:4] if len(sys.argv) >= 4 else None
    text = subprocess.run(["jfr", "print", "--stack-depth", "300", "--events", "jdk.ExecutionSample", recording],
                          capture_output=True, text=True, check=True).stdout
    charged = collections.Counter()
    for sample in text.split("jdk.ExecutionSample {")[1:]:
        at = re.search(r"startTime = (\d\d:\d\d:\d\d)", sample)
        if window and (not at or not window[0] <= at.group(1) <= window[1]):
            continue
        where = charge(re.findall(r"^\s+([\w.$]+)\(", sample, re.M))
        if where:
            charged[where] += 1
    total = sum(charged.values())
    print(f"{total} samples of request threads")
    for where, samples in charged.most_common(30):
        print(f"{samples:6d} {100 * samples / total:5.1f}%  {where}")


if __name__ == "__main__":
    main()
