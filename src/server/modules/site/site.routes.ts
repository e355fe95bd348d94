import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { siteInfo } from '../../../shared/contracts/site.js';
import { notFound } from '../../platform/errors.js';
import { publicBaseUrl } from '../../platform/http/public-url.js';
import type { Services } from '../../services.js';
import { robotsTxt } from './sitemap.rules.js';

const partParams = z.object({ part: z.string().max(40) });

/**
 * The site itself: what the footer shows (`GET /api/v1/public/site`), and for search engines
 * `/sitemap.xml` (parts under `/sitemaps/`) and `/robots.txt`.
 */
export const siteRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { site, sitemap, config } = services;

    app.get('/api/v1/public/site', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '门户网站信息（页脚：主办单位、网站标识码、ICP备案编号、公安机关备案号、联系方式）',
        response: { 200: siteInfo },
      },
      handler: async (_req, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return site.info();
      },
    });

    app.get('/sitemap.xml', {
      config: { access: 'public' },
      schema: { hide: true },
      handler: async (req, reply) => {
        const xml = await sitemap.document(publicBaseUrl(config.publicBaseUrl, req));
        return reply
          .type('application/xml; charset=utf-8')
          .header('cache-control', 'public, max-age=3600')
          .send(xml);
      },
    });

    app.get('/sitemaps/:part', {
      config: { access: 'public' },
      schema: { hide: true, params: partParams },
      handler: async (req, reply) => {
        const name = req.params.part.endsWith('.xml') ? req.params.part.slice(0, -4) : '';
        const xml = name ? await sitemap.part(name, publicBaseUrl(config.publicBaseUrl, req)) : null;
        if (xml === null) throw notFound('sitemap', req.params.part);
        return reply
          .type('application/xml; charset=utf-8')
          .header('cache-control', 'public, max-age=3600')
          .send(xml);
      },
    });

    app.get('/robots.txt', {
      config: { access: 'public' },
      schema: { hide: true },
      handler: async (req, reply) =>
        reply
          .type('text/plain; charset=utf-8')
          .header('cache-control', 'public, max-age=3600')
          .send(robotsTxt(publicBaseUrl(config.publicBaseUrl, req))),
    });
  };
