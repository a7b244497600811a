"""The Python client of the benchmark: InnerSpace's documented way (requests + .json()).

Prints one JSON line: wall time inside the process, time to the first row, rows, peak RSS.
"""
import json
import resource
import sys
import time

import requests


COLUMNS = ("BUILDING_ID SITE_ID GROUP_ID GRANULARITY DATE_TIME_START DATE_PARTITION "
           "OCCUPANCY_MEAN")


def rows_query(count):
    return ('{ BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: "PT1H"}}, limit: %d) { %s } }'
            % (count, COLUMNS))


def main():
    base, client_id, secret, count = sys.argv[1:5]
    session = requests.post(
        base + "v2/oauth/token",
        json={"client_id": client_id, "client_secret": secret,
              "audience": "https://global-config.innerspace.io"},
        timeout=60,
    ).json()["session_id"]

    # A first small request, as the PowerShell cases warm up, so both leave out one-time costs.
    requests.post(base + "v2/api", json={"query": rows_query(20000)},
                  headers={"X-Session-Id": session}, timeout=600).json()

    start = time.perf_counter()
    response = requests.post(base + "v2/api", json={"query": rows_query(int(count))},
                             headers={"X-Session-Id": session}, timeout=600)
    response.raise_for_status()
    rows = 0
    first_row_ms = -1.0
    for _ in response.json()["data"]["BUILDING_INSIGHTS"]:
        if rows == 0:
            first_row_ms = (time.perf_counter() - start) * 1000
        rows += 1
    wall_ms = (time.perf_counter() - start) * 1000

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"wallMs": wall_ms, "firstRowMs": first_row_ms, "rows": rows,
                      "peakMB": peak_mb}))


if __name__ == "__main__":
    main()
