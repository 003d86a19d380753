# Accord API: compiled TypeScript on Node 20.
#   docker build -t accord .
#   docker run -p 4000:4000 accord                      # embedded PostgreSQL, files in /app/.data
#   docker run -p 4000:4000 -v accord-data:/app/.data accord   # ... kept across containers
#   docker run -p 8080:8080 -e PORT=8080 -e DATABASE_URL=postgres://... accord
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000 DATA_DIR=/app/.data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY data ./data
# The embedded PostgreSQL (used when DATABASE_URL is unset) writes under DATA_DIR:
# it must belong to the user the server runs as. PostgreSQL refuses to run as root.
RUN mkdir -p /app/.data && chown node:node /app/.data
VOLUME ["/app/.data"]
USER node
EXPOSE 4000
# On the configured PORT; the first start of the embedded database loads the corpus, hence the start period.
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/main.js"]
