# One image for every Node part of the platform (docker-compose.yml picks the command per
# service), and an nginx image that serves the built dashboard.

# --- build: install, bundle every service into dist/ and the dashboard into web/dist/ ---
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
  && npm run build \
  && npm run build -w @dcx/web

# --- app: services run their bundles with plain node; nothing compiles TypeScript at start ---
FROM node:22-bookworm-slim AS app
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production HOST=0.0.0.0
# Not root: only the keys volume and the outbox folder are writable.
RUN mkdir -p /keys /app/.data && chown node:node /keys /app/.data
USER node

# --- web: the dashboard as static files behind nginx, /graphql and /paygate/ proxied ---
FROM nginx:1.27-alpine AS web
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/web/dist /usr/share/nginx/html
