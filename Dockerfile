# Factdesk: the Discord bot, as `npm start` runs it. Build: docker build -t factdesk .
FROM node:20-alpine

# tini as PID 1 passes SIGTERM/SIGINT on to node and reaps zombies, so `docker stop` ends in the bot's graceful
# shutdown; node is its only child, with no npm or shell in between. The /figure chart's rasteriser (resvg) draws
# text only with a system font, and Alpine has none: DejaVu, as on Debian.
RUN apk add --no-cache tini font-dejavu

WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# tsx, which runs the TypeScript, is a production dependency: nothing is compiled ahead, dev tools stay out.
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY commands ./commands
# The bundled corpus, so the image starts as it is; mount the desk's own data folder over it.
COPY data ./data

RUN mkdir -p /app/state && chown node:node /app/state
USER node

ENV DATA_DIR=/app/data \
    STATE_DIR=/app/state \
    HTTP_PORT=8080 \
    HTTP_HOST=0.0.0.0
VOLUME ["/app/data", "/app/state"]
EXPOSE 8080

# Alive = the process answers HTTP. Readiness (/readyz) also needs the Discord gateway, which the container
# cannot fix by being restarted, so it is for monitoring, not for this check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=2m --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1

ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "--import", "tsx", "src/main.ts"]
