# syntax=docker/dockerfile:1
# microsense: build with the dev dependencies, run with the production ones only.
#   docker build -t microsense .
#   docker run --rm -p 3000:3000 --env-file .env microsense
# scripts/check-production-install.sh performs the same install and start steps without Docker.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: "prepare" would run the build now, before the sources are in the image.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY bench ./bench
COPY scripts ./scripts
COPY intents ./intents
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts in production: nothing to compile, and "prepare" needs the dev dependencies.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The matcher, the replies and the questionnaire are read from intents/ at start-up.
COPY intents ./intents
# The image's own unprivileged user; nothing under /app needs to be writable at run time.
USER node
EXPOSE 3000
# node, not curl: slim images have no curl. Exit 0 while GET /healthz answers 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["node", "dist/src/server/healthcheck.js"]
# node runs as PID 1 and handles SIGTERM itself (graceful stop within SHUTDOWN_TIMEOUT_SECONDS, then
# exit 0). `docker run --init` adds a zombie reaper if you ever spawn child processes; microsense does not.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
