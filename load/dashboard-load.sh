#!/usr/bin/env bash
# Load test: 100 concurrent signed-in users on the unit dashboard, beside the server's trivial endpoint.
#   load/dashboard-load.sh [BASE_URL] [DURATION]
# Needs a running server (./mvnw spring-boot:run, or java -jar target/kinerja.jar) with the demo
# accounts, and wrk and curl (apt-get install wrk curl). Sends traffic to the given URL only (default
# http://localhost:8080); bounded by DURATION (default 30s).
set -euo pipefail
base=${1:-http://localhost:8080}
duration=${2:-30s}
here=$(cd "$(dirname "$0")" && pwd)
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

# sign in as kupang.pic with the form (CSRF token from the sign-in page)
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$base/login" \
  --data-urlencode "username=kupang.pic" --data-urlencode "password=demo" --data-urlencode "_csrf=$token"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$base/units/KPP-KUPANG/dashboard?year=2024&period=Y")
[ "$status" = 200 ] || { echo "dashboard answered $status" >&2; exit 1; }

echo "== warm-up (10s, not recorded)"
wrk -t2 -c20 -d10s -H "Cookie: JSESSIONID=$session" "$base/units/KPP-KUPANG/dashboard?year=2024&period=Y" >/dev/null

echo "== trivial endpoint: GET /actuator/health, 100 connections, $duration"
wrk -t2 -c100 -d"$duration" -s "$here/percentiles.lua" "$base/actuator/health" | grep -E '^(requests|p[0-9]+|max)'

echo "== dashboard: GET /units/KPP-KUPANG/dashboard?year=2024&period=Y as kupang.pic, 100 connections, $duration"
wrk -t2 -c100 -d"$duration" -s "$here/percentiles.lua" -H "Cookie: JSESSIONID=$session" \
  "$base/units/KPP-KUPANG/dashboard?year=2024&period=Y" | grep -E '^(requests|p[0-9]+|max)'
