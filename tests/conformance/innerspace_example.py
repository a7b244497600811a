"""Runs InnerSpace's documented v2 Python example against a base URL, using requests.

The documented example exchanges a client id and secret for a session id at
/v2/oauth/token (audience https://global-config.innerspace.io), then posts the sample
BUILDING_INSIGHTS query to /v2/api with the header X-Session-Id. Like a client that
caches its session, it may start from a session id it already holds; on a 401 it
exchanges the credentials again and retries once, as the docs advise.

Usage: innerspace_example.py BASE_URL CLIENT_ID CLIENT_SECRET [CACHED_SESSION_ID]

Prints the number of rows and exits 0 only when it got the 24 hourly rows of the
demo day; any HTTP or shape problem exits 1 with a one-line reason.
"""

import sys

import requests

USAGE = "usage: innerspace_example.py BASE_URL CLIENT_ID CLIENT_SECRET [CACHED_SESSION_ID]"
AUDIENCE = "https://global-config.innerspace.io"
EXPECTED_ROWS = 24
TIMEOUT_SECONDS = 60

# The documented sample query, verbatim apart from layout.
QUERY = """
query {
  BUILDING_INSIGHTS(
    where: {
      DATE_PARTITION: {_eq: 20250501}
      BUILDING_ID: {_eq: 71}
      GRANULARITY: {_eq: "PT1H"}
      GROUP_ID: {_eq: "00000000-0000-0000-0000-000000000000"}
      SITE_ID: {_eq: 900000222}
    }
    order_by: {DATE_TIME_START: desc}
  ) {
    BUILDING_ID
    SITE_ID
    GROUP_ID
    GRANULARITY
    DATE_TIME_START
    OCCUPANCY_MEAN
  }
}
"""


def exchange(base_url, client_id, client_secret):
    """Trades the client credentials for a session id."""
    response = requests.post(
        f"{base_url}/v2/oauth/token",
        json={
            "client_id": client_id,
            "client_secret": client_secret,
            "audience": AUDIENCE,
        },
        timeout=TIMEOUT_SECONDS,
    )
    response.raise_for_status()
    return response.json()["session_id"]


def run_query(base_url, session_id):
    """Posts the sample query; the caller decides what a 401 means."""
    return requests.post(
        f"{base_url}/v2/api",
        json={"query": QUERY},
        headers={"X-Session-Id": session_id},
        timeout=TIMEOUT_SECONDS,
    )


def main(argv):
    if len(argv) not in (4, 5):
        print(USAGE, file=sys.stderr)
        return 2

    base_url, client_id, client_secret = argv[1].rstrip("/"), argv[2], argv[3]
    try:
        session_id = argv[4] if len(argv) == 5 else exchange(base_url, client_id, client_secret)
        response = run_query(base_url, session_id)
        retried = response.status_code == 401
        if retried:
            session_id = exchange(base_url, client_id, client_secret)
            response = run_query(base_url, session_id)

        response.raise_for_status()
        rows = response.json()["data"]["BUILDING_INSIGHTS"]
    except (requests.RequestException, ValueError, KeyError, TypeError) as error:
        # The message names the failing step, never the secret or the session id.
        print(f"failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1

    note = " (exchanged again after a 401)" if retried else ""
    print(f"rows: {len(rows)}{note}")
    return 0 if len(rows) == EXPECTED_ROWS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
