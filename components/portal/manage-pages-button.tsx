"use client";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useRef, useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { ShortOnPhone } from "@/components/ui/short-on-phone";
import type { PageView } from "@/lib/shared/page-view";

// Fetched when first opened: the dialog is no part of the page's first load.
const ManagePagesDialog = lazy(() => import("./manage-pages-dialog").then((module) => ({ default: module.ManagePagesDialog })));

/** "Manage pages": opens the dialog that adds, renames, reorders and removes the user's pages. */
export function ManagePagesButton(props: { pages: PageView[]; current: string }) {
  const t = useTranslations("portal.pages");
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        className={secondaryButtonClass}
      >
        <ShortOnPhone label={t("manage")} />
      </button>
      {loaded ? (
        <Suspense fallback={null}>
          <ManagePagesDialog
            open={open}
            pages={props.pages}
            current={props.current}
            onClose={() => setOpen(false)}
            returnFocus={() => button.current}
          />
        </Suspense>
      ) : null}
    </>
  );
}
