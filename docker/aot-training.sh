#!/usr/bin/env bash
#
# Training run for a faster start: starts the portal once, waits until its sign-in page answers 200, stops it,
# and leaves behind what the JVM learnt about loading and linking the portal's classes:
#   JDK 25 or later: an AOT cache (JEP 483/514/515), used with  java -XX:AOTCache=<cache> -jar <jar>
#   JDK 21 to 24:    a CDS archive,                      used with  java -XX:SharedArchiveFile=<cache> -jar <jar>
#
#   usage: docker/aot-training.sh <extracted npm-portal.jar> <cache file>
#
# The jar must be the extracted one (java -Djarmode=tools -jar npm-portal.jar extract): the JVM caches only
# classes loaded from a plain class path, not from the jars nested in the Spring Boot jar. Run it with the same
# JDK and the same jar path as the later starts; the cache is ignored, with a warning, if either differs. The
# training uses a throw-away in-memory H2 database and no network, so it leaves no data behind.
set -euo pipefail

jar=$1
cache=$2
port=${TRAINING_PORT:-18080}

feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$feature" -ge 25 ]; then
    record="-XX:AOTCacheOutput=$cache"
else
    record="-XX:ArchiveClassesAtExit=$cache"
fi

java "$record" -jar "$jar" \
    --server.port="$port" \
    --portal.mail.embedded.port=0 \
    '--spring.datasource.url=jdbc:h2:mem:training;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE' &
portal=$!

# No curl in the JRE image: ask for the sign-in page through bash's /dev/tcp.
answered=""
for _ in $(seq 1 900); do
    if ! kill -0 "$portal" 2>/dev/null; then
        echo "aot-training: the portal exited during the training run" >&2
        exit 1
    fi
    status=$( (exec 3<>"/dev/tcp/127.0.0.1/$port" \
        && printf 'GET /login HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
        && head -n 1 <&3) 2>/dev/null || true)
    if [[ $status == *" 200"* ]]; then
        answered=yes
        break
    fi
    sleep 0.2
done

# A normal stop (SIGTERM) lets the JVM write the cache as it exits.
kill -TERM "$portal"
wait "$portal" || true
if [ -z "$answered" ] || [ ! -s "$cache" ]; then
    echo "aot-training: no sign-in page within three minutes, or no cache written at $cache" >&2
    exit 1
fi
echo "aot-training: wrote $cache"
