"""Fetch the Apache Kafka broker jars from Maven Central into a local cache."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from pathlib import Path

KAFKA_VERSION = "4.4.0"
SCALA_BINARY_VERSION = "2.13"
# Kafka's own log4j-core is pinned to the same release, so the slf4j bridge,
# the API and the core never disagree whichever Kafka version is fetched.
LOG4J_VERSION = "2.25.5"
# Maven 3.8's default for a bare `dependency:` prefix is the ancient 2.8.
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
MARKER_NAME = ".complete"

_POM_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>onecase.localinfra</groupId>
  <artifactId>kafka-broker-classpath</artifactId>
  <version>{kafka}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_{scala}</artifactId>
      <version>{kafka}</version>
    </dependency>
{log4j}
  </dependencies>
</project>
"""

# Kafka 4.x logs through slf4j 1.7, so the binding is log4j-slf4j-impl
# (log4j-slf4j2-impl would be silently ignored by slf4j-api 1.7.36).
_LOG4J_ARTIFACTS = ("log4j-api", "log4j-core", "log4j-slf4j-impl")


def _pom(version: str) -> str:
    log4j = "\n".join(
        "    <dependency>\n"
        "      <groupId>org.apache.logging.log4j</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n"
        f"      <version>{LOG4J_VERSION}</version>\n"
        "    </dependency>"
        for artifact in _LOG4J_ARTIFACTS
    )
    return _POM_TEMPLATE.format(kafka=version, scala=SCALA_BINARY_VERSION, log4j=log4j)


def _jars(libs: Path) -> list[Path]:
    return sorted(libs.glob("*.jar"))


def ensure_kafka_classpath(cache_dir: Path, version: str = KAFKA_VERSION) -> list[Path]:
    """Return the broker's runtime jars, fetching them with Maven on first use.

    The jars of ``org.apache.kafka:kafka_2.13:<version>`` and all its runtime
    dependencies, plus a Log4j2 binding, are copied into
    ``cache_dir/kafka/<version>/libs``. Maven's local repository is
    ``cache_dir/m2`` so a CI cache of ``cache_dir`` covers both. A marker file
    records a completed fetch; when it is present Maven is not called at all.
    Concurrent callers are serialised with a file lock.
    """
    root = cache_dir / "kafka" / version
    libs = root / "libs"
    marker = root / MARKER_NAME
    if marker.is_file():
        return _jars(libs)

    root.mkdir(parents=True, exist_ok=True)
    with (root / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.is_file():  # another process finished while we waited
            return _jars(libs)
        _fetch(cache_dir, root, libs, version)
        jars = _jars(libs)
        marker.write_text("".join(f"{jar.name}\n" for jar in jars))
        return jars


def _fetch(cache_dir: Path, root: Path, libs: Path, version: str) -> None:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise RuntimeError("Maven ('mvn') is not on PATH; it is needed to fetch the Kafka jars")
    pom = root / "pom.xml"
    pom.write_text(_pom(version))
    staging = root / "libs.partial"
    shutil.rmtree(staging, ignore_errors=True)
    cmd = [
        mvn,
        "--batch-mode",
        "--quiet",
        "--file",
        str(pom),
        f"-Dmaven.repo.local={(cache_dir / 'm2').resolve()}",
        f"{DEPENDENCY_PLUGIN}:copy-dependencies",
        "-DincludeScope=runtime",
        f"-DoutputDirectory={staging.resolve()}",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-40:])
        raise RuntimeError(
            f"fetching Kafka {version} jars with Maven failed "
            f"(exit {result.returncode}): {' '.join(cmd)}\n{tail}"
        )
    main_jar = staging / f"kafka_{SCALA_BINARY_VERSION}-{version}.jar"
    if not main_jar.is_file():
        raise RuntimeError(f"Maven finished but {main_jar.name} is missing from {staging}")
    # Swap in whole so a half-copied directory is never mistaken for a cache.
    shutil.rmtree(libs, ignore_errors=True)
    staging.rename(libs)
