#!/bin/sh
# Called by ./mvnw before Maven starts: the build compiles for Java 21, and the maven-toolchains-plugin picks a
# JDK 21+ among those installed (it need not be the default java). Prints the JDK it found (./dateline runs
# the jar with it); without one, says so in one line.
for home in "$JAVA_HOME" /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
  [ -f "$home/release" ] && [ -x "$home/bin/javac" ] || continue
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$home"; exit 0; fi
done
echo "Dateline needs a JDK 21 or newer (none found in JAVA_HOME or /usr/lib/jvm): install one, e.g. apt-get install openjdk-21-jdk or Temurin 21+." >&2
exit 1
