#!/usr/bin/env python3
"""Issue 12's connection attack with attackers in processes of their own (the in-process bench shares one
file-descriptor limit between service and attackers): each attacker holds N idle TCP connections from its
own loopback address; meanwhile a probe sends the cheap query every 40 ms and the service's RSS is sampled.
Bounded: at most --hold seconds of holding, then one request on each connection, loopback only.
Usage: python3 bench/attack/idle_connections.py --port 5080 --pid <service pid> [--per-client 10000] [--clients 2] [--hold 20]"""
import argparse, http.client, json, multiprocessing, socket, statistics, time

QUERY = json.dumps({"query": '{ actor(id: "actor:pic-999889193") { name } }'}).encode()

def attacker(address, port, count, hold, out):
    sockets, failed = [], 0
    for _ in range(count):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            s.bind((address, 0)); s.settimeout(5); s.connect(("127.0.0.1", port)); sockets.append(s)
        except OSError:
            failed += 1; s.close()
    time.sleep(hold)
    answered = closed = 0
    request = (b"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
               + str(len(QUERY)).encode() + b"\r\n\r\n" + QUERY)
    for s in sockets:
        try:
            s.sendall(request); s.settimeout(2); data = s.recv(4096)
            if data.startswith(b"HTTP/1.1 200"): answered += 1
            else: closed += 1
        except OSError:
            closed += 1
        finally:
            s.close()
    out.put((address, len(sockets), failed, answered, closed))

def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"): return int(line.split()[1]) / 1024
    return 0.0

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True); p.add_argument("--pid", type=int, required=True)
    p.add_argument("--per-client", type=int, default=10000); p.add_argument("--clients", type=int, default=2)
    p.add_argument("--hold", type=int, default=20)
    a = p.parse_args()
    out = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=attacker, args=(f"127.0.0.{i + 2}", a.port, a.per_client, a.hold, out)) for i in range(a.clients)]
    for pr in procs: pr.start()
    latencies, failures, peak = [], {}, 0.0
    deadline = time.time() + a.hold + 30
    while any(pr.is_alive() for pr in procs) and time.time() < deadline:
        peak = max(peak, rss_mb(a.pid))
        start = time.perf_counter()
        try:
            c = http.client.HTTPConnection("127.0.0.1", a.port, timeout=5)
            c.request("POST", "/graphql", QUERY, {"Content-Type": "application/json"})
            r = c.getresponse(); r.read(); c.close()
            if r.status != 200: failures[r.status] = failures.get(r.status, 0) + 1
        except OSError as e:
            failures[type(e).__name__] = failures.get(type(e).__name__, 0) + 1
        latencies.append((time.perf_counter() - start) * 1000)
        time.sleep(0.04)
    for pr in procs: pr.join(timeout=10)
    while not out.empty():
        address, held, failed, answered, closed = out.get()
        print(f"attacker {address}: {held:,} connected ({failed:,} connects failed); then a request on each: {answered:,} answered, {closed:,} refused or closed by the service")
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("nan")
    print(f"second client: {len(latencies)} requests, p50 {statistics.median(latencies):.1f} ms, p99 {p99:.1f} ms, max {max(latencies):.1f} ms, failures {failures or 'none'}")
    print(f"service peak RSS {peak:.0f} MB; alive afterwards: {rss_mb(a.pid) > 0}")

if __name__ == "__main__":
    main()
