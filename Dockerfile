# aduan: small, non-root image. Build: docker build -t aduan .
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY domain ./domain
COPY bot ./bot
COPY handlers ./handlers
COPY knowledge_base ./knowledge_base
COPY storage ./storage
RUN pip install --no-cache-dir --prefix=/install .

FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \
    ADUAN_DATABASE_URL=sqlite:////data/aduan.db
RUN useradd --system --uid 10001 --home-dir /data --create-home aduan
COPY --from=build /install /usr/local
USER aduan
WORKDIR /data
VOLUME ["/data"]
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s --retries=3 CMD ["aduan", "health"]
CMD ["aduan", "run"]
