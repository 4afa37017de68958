import type { FeatureRoutes } from '../../../shared/feature-routes';
import { AuthLayout } from './auth-layout';
import { ConfirmRegistrationPage } from './confirm-registration-page';
import { LoginPage } from './login-page';
import { RegisterPage } from './register-page';

export const authRoutes: FeatureRoutes = {
  public: [
    {
      element: <AuthLayout />,
      children: [
        { path: '/login', element: <LoginPage /> },
        { path: '/register', element: <RegisterPage /> },
        { path: '/register/confirm', element: <ConfirmRegistrationPage /> },
      ],
    },
  ],
};
