# Sourced by the benchmark scripts: moves to the project, takes JDK 25 when it is installed, builds
# the main and test classes and sets JAVA and CP (those classes and the test classpath).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# test-compile also writes target/opensearch.classpath (see the exec plugin in pom.xml).
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
