-- A listener's answer as a catalogue message, so its portlet shows it in the reader's language (issue 20, item 10).
ALTER TABLE "ListenerActivity" ADD COLUMN "text" TEXT;
