-- The language each user chose for the portal (issue 20, item 10); null follows the browser.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
