# One image for every part of the platform; docker-compose.yml picks the command per service.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY kit/package.json kit/
COPY subgraphs/tenancy/package.json subgraphs/tenancy/
COPY subgraphs/wallet/package.json subgraphs/wallet/
COPY subgraphs/catalog/package.json subgraphs/catalog/
COPY subgraphs/vms/package.json subgraphs/vms/
COPY subgraphs/telemetry-billing/package.json subgraphs/telemetry-billing/
COPY supergraph/package.json supergraph/
COPY web/package.json web/
RUN npm ci
COPY . .
ENV NODE_ENV=production HOST=0.0.0.0
