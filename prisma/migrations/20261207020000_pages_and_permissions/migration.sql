-- Several pages per user (issue 20, item 9), the pages a role starts with, and the admin's
-- changes to the permission table with their record (item 12).

-- CreateTable
CREATE TABLE "UserPage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "portlets" TEXT NOT NULL,
    "removed" TEXT NOT NULL DEFAULT '[]',
    "template" TEXT,
    "config" TEXT NOT NULL DEFAULT '{}',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UserPage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RolePage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "role" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "portlets" TEXT NOT NULL,
    "removed" TEXT NOT NULL DEFAULT '[]',
    "template" TEXT,
    "config" TEXT NOT NULL DEFAULT '{}',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RolePermission" (
    "role" TEXT NOT NULL,
    "permission" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("role", "permission")
);

-- CreateTable
CREATE TABLE "PermissionChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "permission" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE INDEX "UserPage_userId_position_idx" ON "UserPage"("userId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "UserPage_userId_slug_key" ON "UserPage"("userId", "slug");

-- CreateIndex
CREATE INDEX "RolePage_role_position_idx" ON "RolePage"("role", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RolePage_role_slug_key" ON "RolePage"("role", "slug");

-- CreateIndex
CREATE INDEX "PermissionChange_at_idx" ON "PermissionChange"("at");

-- Each user's one saved page becomes their first page, "Home" (the page's id is the user's:
-- one page each so far); the template's column count becomes its name.
INSERT INTO "UserPage" ("id", "userId", "slug", "name", "position", "portlets", "removed", "template", "config", "updatedAt") SELECT "id", "id", 'home', 'Home', 0, "portlets", "removed", CAST("template" AS TEXT), "config", "updatedAt" FROM "PortalLayout" WHERE "id" IN (SELECT "id" FROM "User");

-- DropTable
DROP TABLE "PortalLayout";
