-- Layouts are saved per user now (the row's id is the user's id): the one shared
-- layout of before belongs to nobody.
DELETE FROM "PortalLayout" WHERE "id" = 'default';
