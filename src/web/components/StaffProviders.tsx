import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import '../styles/admin.css';

dayjs.locale('zh-cn');

const theme = {
  token: {
    colorPrimary: '#0b4a8b',
    colorLink: '#0b57a4',
    borderRadius: 4,
    colorBgLayout: '#f0f2f5',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
};

/** antd with the zh_CN locale and the bureau's theme, for the sign-in page and the back office. */
export function StaffProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
