import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  parameter,
  parameterBody,
  parameterList,
  parameterParams,
} from '../../../shared/contracts/system.js';
import { authOf } from '../../platform/http/access.js';
import type { Services } from '../../services.js';

export const parameterRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['parameters'];
    app.get('/api/v1/parameters', {
      config: { access: { permission: 'parameter.manage' } },
      schema: {
        tags,
        summary: '可配置的规则参数（含默认值与依据）',
        response: { 200: parameterList },
      },
      handler: async () => ({ items: await services.parameters.list() }),
    });
    app.put('/api/v1/parameters/:key', {
      config: { access: { permission: 'parameter.manage' } },
      schema: {
        tags,
        summary: '修改规则参数',
        params: parameterParams,
        body: parameterBody,
        response: { 200: parameter },
      },
      handler: async (req) => services.parameters.set(authOf(req).principal, req.params.key, req.body.value),
    });
  };
