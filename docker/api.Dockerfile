# Production image of the GraphQL API (apps/api).
# Needs a registry (node base image, npm): it cannot be built on the offline development machines.
#   docker build -f docker/api.Dockerfile -t mljudge-api .
#   docker run -p 3000:3000 --env-file .env mljudge-api
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx prisma generate && npm run build && npm prune --omit=dev

FROM ${NODE_IMAGE}
ENV NODE_ENV=production NX_DAEMON=false NX_NO_CLOUD=true
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
USER node
EXPOSE 3000
# Apply migrations first with `npm run db:migrate` (a one-off container of this image).
CMD ["node", "dist/apps/api/src/main.js"]
