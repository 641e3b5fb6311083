# syntax=docker/dockerfile:1

# ---- build: the project's own wrapper, so the image builds like CI does ----
FROM eclipse-temurin:17-jdk-jammy AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY knowledge/ knowledge/
COPY prompts/ prompts/
RUN ./mvnw -B -q package -DskipTests

# ---- runtime: a slim JRE, a non-root user, the jar extracted, a class data sharing archive and
#      warm embedding caches. Extracted, the JVM reads classes from plain jars instead of jars
#      nested in one; the archive holds the classes a start-up loads, already parsed. Together
#      they start the service in about 8 s instead of 12 s on the benchmark machine
#      (docs/PERFORMANCE.md, twelfth session). ----
FROM eclipse-temurin:17-jre-jammy
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --create-home coach
WORKDIR /app
COPY --from=build /src/target/compassion-coach.jar /tmp/compassion-coach.jar
RUN java -Djarmode=tools -jar /tmp/compassion-coach.jar extract --destination /app \
    && rm /tmp/compassion-coach.jar && chown coach /app
USER coach
ENV COACH_EMBEDDING_CACHE_DIR=/home/coach/embeddings \
    JAVA_OPTS="-XX:+UseSerialGC -Xmx512m -XX:+ExitOnOutOfMemoryError"
# One start at build time: it embeds anything the jar does not ship vectors for into the cache,
# and records the classes it loaded in the archive; then it exits.
RUN java -XX:ArchiveClassesAtExit=/app/coach.jsa $JAVA_OPTS -jar /app/compassion-coach.jar \
    --coach.warm-up=true --server.port=0
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java -XX:SharedArchiveFile=/app/coach.jsa $JAVA_OPTS -jar /app/compassion-coach.jar \"$@\"", "--"]
