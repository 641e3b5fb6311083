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

# ---- runtime: a slim JRE, a non-root user, the jar, and warm embedding caches ----
FROM eclipse-temurin:17-jre-jammy
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --create-home coach
WORKDIR /app
COPY --from=build /src/target/compassion-coach.jar /app/compassion-coach.jar
USER coach
ENV COACH_EMBEDDING_CACHE_DIR=/home/coach/embeddings \
    JAVA_OPTS="-XX:+UseSerialGC -Xmx512m -XX:+ExitOnOutOfMemoryError"
# Embed the cards and exemplar banks once at build time, so containers start fast.
RUN java -jar /app/compassion-coach.jar --coach.warm-up=true --server.port=0
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/compassion-coach.jar \"$@\"", "--"]
