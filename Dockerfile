# The bot in a container: `docker compose up` (compose.yaml) runs it with PostgreSQL.
# The same two steps as the README: install the project, run `python -m bot`.
FROM python:3.11-slim
WORKDIR /app
RUN useradd --create-home meedenkers
COPY pyproject.toml README.md alembic.ini ./
COPY bot bot
COPY flows flows
COPY storage storage
COPY locales locales
COPY data/directory.yaml data/directory.yaml
RUN pip install --no-cache-dir '.[postgres]' \
    && pybabel compile -d locales -D messages \
    && chown -R meedenkers /app
USER meedenkers
ENV BOT_MODE=webhook WEB_HOST=0.0.0.0 WEB_PORT=8080
EXPOSE 8080
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz')"
CMD ["python", "-m", "bot"]
