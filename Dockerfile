# Kompas container image: docker build -t kompas .
# The jar is built in the first stage and split into its layers, so that a new version of Kompas only replaces the
# small application layer. Run it with an external PostgreSQL (SPRING_DATASOURCE_*, see docs/operations.md), or, for a
# single instance, with the embedded one and a volume on /var/lib/kompas.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
RUN mvn -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/kompas.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
# PostgreSQL (the embedded one) refuses to run as root; Kompas never needs root.
RUN groupadd --system --gid 10001 kompas \
 && useradd --system --uid 10001 --gid kompas --home-dir /var/lib/kompas kompas \
 && mkdir -p /var/lib/kompas && chown kompas:kompas /var/lib/kompas
WORKDIR /opt/kompas
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
ENV KOMPAS_DATA_DIR=/var/lib/kompas \
    KOMPAS_DEMO_ENABLED=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /var/lib/kompas
EXPOSE 8080
# Probes (Kubernetes): GET /actuator/health/liveness and /actuator/health/readiness on port 8080.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
