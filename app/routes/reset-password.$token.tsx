import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { accountLinkAction, accountLinkLoader } from "~/auth/account-link-route.server";
import { NewPasswordPage } from "~/auth/components/new-password-page";

export function loader(args: LoaderFunctionArgs) {
  return accountLinkLoader("reset", args);
}

export function action(args: ActionFunctionArgs) {
  return accountLinkAction("reset", args);
}

export default function Page() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  return <NewPasswordPage page={page} errors={rejected?.errors ?? {}} />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
