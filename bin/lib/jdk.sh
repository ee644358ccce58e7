# Sourced by bin/skein and bin/test: finds a JDK 21+ without the user exporting anything.
# JAVA_HOME wins when it is 21 or newer; otherwise Temurin 25 where this machine kind has it.

skein_java_major() {  # prints the feature version of the JDK at $1, or nothing
  if [ -f "$1/release" ]; then  # cheap: no JVM start
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}

skein_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(skein_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      SKEIN_JDK="$candidate"
      SKEIN_JDK_MAJOR="$major"
      return 0
    fi
  done
  echo "skein: no JDK 21 or newer found (JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
  return 1
}

# Flags that keep JDK 23+ from warning about what Truffle and Maven legitimately do.
skein_quiet_jdk_flags() {
  if [ "$SKEIN_JDK_MAJOR" -ge 23 ]; then
    printf '%s\n' --sun-misc-unsafe-memory-access=allow
  fi
}

# Runs Maven on the chosen JDK; Maven itself runs on that JDK too, quietly.
skein_mvn() {
  local opts
  opts="$(skein_quiet_jdk_flags | tr '\n' ' ')"
  JAVA_HOME="$SKEIN_JDK" MAVEN_OPTS="${MAVEN_OPTS:-} $opts" mvn -B "$@"
}
