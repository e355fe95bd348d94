import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, setCsrfToken } from '../../api/client.js';
import { authApi } from '../../api/admin.js';
import { SESSION_KEY } from '../../auth/session.js';
import { Emblem } from '../../components/Emblem.js';
import { StaffProviders } from '../../components/StaffProviders.js';
import { applyApiError } from '../../components/formErrors.js';
import { t } from '../../i18n/index.js';

interface LoginValues {
  username: string;
  password: string;
}

/** Only back-office addresses are accepted as a return target (no open redirect). */
function safeNext(next: string | null): string {
  return next && /^\/admin(\/|$|\?)/.test(next) ? next : '/admin';
}

function loginErrorText(
  error: unknown,
  form: ReturnType<typeof Form.useForm<LoginValues>>[0],
): string | null {
  if (error instanceof ApiError && error.code === 'RATE_LIMITED') {
    const seconds = Number(error.details['retryAfterSeconds']);
    if (!Number.isFinite(seconds) || seconds <= 0) return error.message;
    return seconds >= 60
      ? t('login.rateLimitedMinutes', { minutes: Math.ceil(seconds / 60) })
      : t('login.rateLimited', { seconds: Math.ceil(seconds) });
  }
  return applyApiError(form, error, { fields: ['username', 'password'] });
}

function LoginForm() {
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [errorText, setErrorText] = useState<string | null>(null);

  const login = useMutation({
    mutationFn: (values: LoginValues) => authApi.login(values.username.trim(), values.password),
    onSuccess: async (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, session);
      await navigate(safeNext(params.get('next')), { replace: true });
    },
    onError: (error) => {
      setErrorText(loginErrorText(error, form));
      form.setFieldValue('password', '');
    },
  });

  return (
    <Form<LoginValues>
      name="login"
      form={form}
      layout="vertical"
      requiredMark={false}
      size="large"
      onFinish={(values) => {
        setErrorText(null);
        login.mutate(values);
      }}
    >
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('login.username') }) },
        ]}
      >
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}

export default function LoginPage() {
  return (
    <StaffProviders>
      <main className="login-page">
        <div className="login-brand">
          <Emblem size={56} />
          <h1>{t('login.title')}</h1>
          <p>{t('login.subtitle')}</p>
        </div>
        <Card className="login-card">
          <LoginForm />
        </Card>
        <Link to="/" className="login-back">
          {t('login.backToPortal')}
        </Link>
      </main>
    </StaffProviders>
  );
}
