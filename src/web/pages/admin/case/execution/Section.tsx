import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';

/** One part of the execution tab: an inner card with its actions in the title bar. */
export function Section({
  title,
  extra,
  className,
  children,
}: {
  title: string;
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card type="inner" size="small" title={title} extra={extra} className={className}>
      {children}
    </Card>
  );
}

/** What an empty part says, in one quiet line. */
export function EmptyLine({ text }: { text: string }) {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}
