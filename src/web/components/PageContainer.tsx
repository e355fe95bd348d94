import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

interface Props {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}

/** The standard back-office page frame: a heading (h2) with optional actions, then the content. */
export function PageContainer({ title, extra, children }: Props) {
  return (
    <section aria-label={title}>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children}
    </section>
  );
}
